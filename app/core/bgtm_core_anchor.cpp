// Anchor translation unit so that bgtm_core always has a source; real code lives in its own files.
