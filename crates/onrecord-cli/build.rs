//! Embeds the example corpus (`examples/corpus/`) in the binary, so `onrecord demo` works anywhere.

use std::path::PathBuf;

fn main() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let corpus = manifest.join("../../examples/corpus");
    println!("cargo:rerun-if-changed={}", corpus.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut code = String::from("/// The bundled example corpus: (file name, contents).\npub const FILES: &[(&str, &str)] = &[\n");
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .expect("corpus file names are UTF-8");
        let path = file.canonicalize().expect("corpus file exists");
        code.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("demo_corpus.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
