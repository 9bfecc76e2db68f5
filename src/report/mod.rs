//! Stage 5: findings → output, one file per format.
