// Anchor translation unit so that bgtm_test_support always has a source; real code lives in its own files.
