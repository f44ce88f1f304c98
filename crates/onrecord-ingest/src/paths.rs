//! Command-line arguments into inputs: stdin, files, directories walked in name order, and glob
//! patterns the shell left alone. Owns which files a walk passes over (hidden, sidecars, media); never
//! opens a file or guesses a format.

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
/// name order (hidden entries, `*.meta.json` sidecars and media files such as the photos of a
/// Telegram export skipped), a pattern with `*`, `?`, `[...]` or `**` that the shell left alone is
/// expanded here, anything else is a file. A path that does not exist, a pattern that matches
/// nothing, or a directory that cannot be listed is an error item; the rest go on.
pub fn expand_inputs(arguments: &[PathBuf]) -> Vec<Result<Input, IngestError>> {
    let mut inputs = Vec::new();
    for argument in arguments {
        if argument.as_os_str() == "-" {
            inputs.push(Ok(Input::Stdin));
        } else if argument.is_dir() {
            walk(argument, &mut inputs);
        } else if argument.exists() {
            inputs.push(Ok(Input::File(argument.clone())));
        } else if is_pattern(argument) {
            let before = inputs.len();
            expand_pattern(argument, &mut inputs);
            if inputs.len() == before {
                inputs.push(Err(IngestError::new(argument, "the pattern matches no file")
                    .hint("check the pattern; quote it so the shell passes it on, e.g. 'crawl/**/*.warc.gz'")));
            }
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
        } else if !is_media(&path) {
            inputs.push(Ok(Input::File(path)));
        }
    }
}

/// Files a directory walk passes over: pictures, sound, video, fonts, styles and scripts never
/// hold documents (named on the command line, they are still read, and refused with a message).
fn is_media(path: &Path) -> bool {
    const MEDIA: &[&str] = &[
        "jpg", "jpeg", "png", "gif", "webp", "bmp", "svg", "ico", "tif", "tiff", "heic", "mp4",
        "webm", "mov", "mkv", "avi", "mp3", "ogg", "oga", "opus", "wav", "m4a", "tgs", "woff",
        "woff2", "ttf", "otf", "css", "js", "map", "pdf", "zip", "exe", "dll", "so",
    ];
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| MEDIA.contains(&e.to_ascii_lowercase().as_str()))
}

fn is_pattern(path: &Path) -> bool {
    path.to_str().is_some_and(|p| p.contains(['*', '?', '[']))
}

/// Expands a glob pattern component by component; `**` matches any number of directories.
fn expand_pattern(pattern: &Path, inputs: &mut Vec<Result<Input, IngestError>>) {
    use std::path::Component;
    let mut base = PathBuf::new();
    let mut rest: Vec<String> = Vec::new();
    for component in pattern.components() {
        let text = component.as_os_str().to_string_lossy().to_string();
        if rest.is_empty() && !text.contains(['*', '?', '[']) {
            base.push(component.as_os_str());
        } else if !matches!(component, Component::CurDir) {
            rest.push(text);
        }
    }
    let start = if base.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        base
    };
    let mut found = Vec::new();
    match_components(&start, &rest, &mut found);
    found.sort();
    found.dedup();
    for path in found {
        if path.is_dir() {
            walk(&path, inputs);
        } else {
            inputs.push(Ok(Input::File(path)));
        }
    }
}

fn match_components(dir: &Path, parts: &[String], found: &mut Vec<PathBuf>) {
    let Some((first, rest)) = parts.split_first() else {
        found.push(dir.to_path_buf());
        return;
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    if first == "**" {
        // Zero directories, or one more and still `**`.
        match_components(dir, rest, found);
        for child in children.iter().filter(|c| c.is_dir()) {
            let hidden = child
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if !hidden {
                match_components(child, parts, found);
            }
        }
        return;
    }
    for child in children {
        let name = child.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') && !first.starts_with('.') {
            continue;
        }
        if wildcard_match(first.as_bytes(), name.as_bytes()) && (rest.is_empty() || child.is_dir())
        {
            match_components(&child, rest, found);
        }
    }
}

/// Matches one path component against `*`, `?` and `[abc]`, `[a-z]`, `[!x]`.
fn wildcard_match(pattern: &[u8], name: &[u8]) -> bool {
    let (mut p, mut n) = (0, 0);
    let (mut star_p, mut star_n) = (usize::MAX, 0);
    while n < name.len() {
        if p < pattern.len() && pattern[p] == b'*' {
            star_p = p;
            star_n = n;
            p += 1;
            continue;
        }
        if p < pattern.len() {
            if let Some((matched, width)) = match_one(&pattern[p..], name[n]) {
                if matched {
                    p += width;
                    n += 1;
                    continue;
                }
            }
        }
        if star_p != usize::MAX {
            p = star_p + 1;
            star_n += 1;
            n = star_n;
            continue;
        }
        return false;
    }
    pattern[p..].iter().all(|&b| b == b'*')
}

/// Whether the pattern's first element matches `byte`, and how many pattern bytes it used.
fn match_one(pattern: &[u8], byte: u8) -> Option<(bool, usize)> {
    match pattern.first()? {
        b'?' => Some((true, 1)),
        b'[' => {
            let end = pattern.iter().skip(1).position(|&b| b == b']')? + 1;
            let mut class = &pattern[1..end];
            let negate = matches!(class.first(), Some(b'!' | b'^'));
            if negate {
                class = &class[1..];
            }
            let mut hit = false;
            let mut i = 0;
            while i < class.len() {
                if i + 2 < class.len() && class[i + 1] == b'-' {
                    hit |= class[i] <= byte && byte <= class[i + 2];
                    i += 3;
                } else {
                    hit |= class[i] == byte;
                    i += 1;
                }
            }
            Some((hit != negate, end + 1))
        }
        &b => Some((b == byte, 1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards() {
        for (pattern, name, expected) in [
            ("*.html", "a.html", true),
            ("*.html", "a.htm", false),
            ("page-??.html", "page-01.html", true),
            ("[ab]*.warc.gz", "b1.warc.gz", true),
            ("[!ab]*", "a1", false),
            ("*", "", true),
            ("a*b*c", "aXbYc", true),
            ("a*b*c", "aXbY", false),
            ("[", "[", false),
        ] {
            assert_eq!(
                wildcard_match(pattern.as_bytes(), name.as_bytes()),
                expected,
                "{pattern} {name}"
            );
        }
    }

    #[test]
    fn patterns_expand_and_media_is_skipped() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("x/y")).unwrap();
        for name in ["x/a.html", "x/y/b.html", "x/y/c.txt", "x/photo.jpg"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        let pattern = dir.path().join("**/*.html");
        let found: Vec<String> = expand_inputs(&[pattern])
            .into_iter()
            .map(|i| match i.unwrap() {
                Input::File(p) => p.strip_prefix(dir.path()).unwrap().display().to_string(),
                Input::Stdin => "-".into(),
            })
            .collect();
        assert_eq!(found, ["x/a.html", "x/y/b.html"]);
        let walked = expand_inputs(&[dir.path().join("x")]);
        assert_eq!(walked.len(), 3);
        assert!(expand_inputs(&[dir.path().join("*.nothing")])[0].is_err());
    }

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
