//! Permissions do not stop root. A test of an unreadable or read-only path
//! that finds itself running as root runs claimlint as an unprivileged user
//! instead ("nobody", uid and gid 65534), so the test checks the same thing
//! whoever runs it, CI containers included.

use std::path::Path;

/// claimlint, run in `dir`, by a user whom permissions stop: this one, or
/// when this one is privileged, nobody (from a link to or a copy of the
/// binary in `dir`, which is opened to everyone for that). `None`, said on
/// stderr, only where a privileged user cannot run a program as nobody
/// (no right to change user, or a temporary directory mounted `noexec`),
/// and never under CLAIMLINT_REQUIRE_TOOLS, as in CI: there it fails.
pub fn claimlint_in(dir: &Path) -> Option<assert_cmd::Command> {
    if !privileged(dir) {
        let mut cmd = assert_cmd::Command::cargo_bin("claimlint").expect("the binary is built");
        cmd.current_dir(dir);
        return Some(cmd);
    }
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let binary = Path::new(env!("CARGO_BIN_EXE_claimlint"));
    let copy = dir.join(".claimlint");
    if std::fs::hard_link(binary, &copy).is_err() {
        std::fs::copy(binary, &copy).unwrap();
    }
    let as_nobody = || {
        let mut cmd = std::process::Command::new(&copy);
        cmd.current_dir(dir).uid(65534).gid(65534);
        cmd
    };
    // A copy just written may be busy for an instant: a child another test
    // forked while the copy was open holds it until that child's exec.
    let mut probe = as_nobody().arg("--version").output();
    for _ in 0..50 {
        match &probe {
            Err(e) if e.raw_os_error() == Some(ETXTBSY) => {
                std::thread::sleep(std::time::Duration::from_millis(20));
                probe = as_nobody().arg("--version").output();
            }
            _ => break,
        }
    }
    match probe {
        Ok(out) if out.status.success() => Some(assert_cmd::Command::from_std(as_nobody())),
        other => {
            // CI, which sets CLAIMLINT_REQUIRE_TOOLS, must run these tests.
            assert!(
                std::env::var_os("CLAIMLINT_REQUIRE_TOOLS").is_none(),
                "this privileged user cannot run claimlint as nobody: {other:?}"
            );
            eprintln!("skipped: this privileged user cannot run claimlint as nobody: {other:?}");
            None
        }
    }
}

/// "Text file busy": a program open for writing cannot be run.
const ETXTBSY: i32 = 26;

/// Whether this user reads a file whose permissions forbid it.
fn privileged(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let probe = dir.join(".probe");
    std::fs::write(&probe, "x").unwrap();
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o000)).unwrap();
    let read = std::fs::read(&probe).is_ok();
    std::fs::remove_file(&probe).unwrap();
    read
}
