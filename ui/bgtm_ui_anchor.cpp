// Anchor translation unit so that bgtm_ui always has a source; real code lives in its own files.
