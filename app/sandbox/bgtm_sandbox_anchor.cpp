// Anchor translation unit so that bgtm_sandbox always has a source; real code lives in its own files.
