# CPack pre-build script (CPACK_PRE_BUILD_SCRIPTS): a build with the test hooks compiled in is not packaged.
if(CPACK_BGTM_TEST_HOOKS)
    message(FATAL_ERROR "This build has the test hooks (BGTM_TEST_HOOKS=ON): a package must not let BGTM_TEST_* "
        "variables stop or steer its programs. Package the release preset (BGTM_TEST_HOOKS=OFF).")
endif()
