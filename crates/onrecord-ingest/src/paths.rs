use std::path::{Path, PathBuf};

use crate::IngestError;

/// One thing to read: a file or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// The path used in messages and as the default document name.
    pub fn display_path(&self) -> PathBuf {
        match self {
            Input::Stdin => PathBuf::from("<stdin>"),
            Input::File(path) => path.clone(),
        }
    }
}

/// Expands command-line arguments into inputs: `-` is stdin, a directory is walked recursively in
/// name order (hidden entries and `*.meta.json` sidecars skipped), anything else is a file.
/// A path that does not exist or cannot be listed is an error item; the rest go on.
pub fn expand_inputs(arguments: &[PathBuf]) -> Vec<Result<Input, IngestError>> {
    let mut inputs = Vec::new();
    for argument in arguments {
        if argument.as_os_str() == "-" {
            inputs.push(Ok(Input::Stdin));
        } else if argument.is_dir() {
            walk(argument, &mut inputs);
        } else if argument.exists() {
            inputs.push(Ok(Input::File(argument.clone())));
        } else {
            inputs.push(Err(IngestError::new(argument, "no such file or directory")
                .hint("check the path; directories are read recursively")));
        }
    }
    inputs
}

fn walk(dir: &Path, inputs: &mut Vec<Result<Input, IngestError>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            inputs.push(Err(IngestError::new(
                dir,
                format!("cannot list directory: {error}"),
            )));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') || name.ends_with(".meta.json") {
            continue;
        }
        if path.is_dir() {
            walk(&path, inputs);
        } else {
            inputs.push(Ok(Input::File(path)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_directories_in_order_and_skips_sidecars() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        for name in ["b.txt", "a.txt", "a.meta.json", ".hidden", "sub/c.jsonl"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        let found: Vec<_> = expand_inputs(&[dir.path().to_path_buf(), "missing.txt".into()]);
        let names: Vec<String> = found
            .iter()
            .map(|item| match item {
                Ok(Input::File(path)) => {
                    path.strip_prefix(dir.path()).unwrap().display().to_string()
                }
                Ok(Input::Stdin) => "-".into(),
                Err(error) => format!("error: {}", error.path.display()),
            })
            .collect();
        assert_eq!(
            names,
            ["a.txt", "b.txt", "sub/c.jsonl", "error: missing.txt"]
        );
    }
}
