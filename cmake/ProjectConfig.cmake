# Common compile settings for every target of the project: one interface target, linked by all.
add_library(bgtm_config INTERFACE)
target_compile_options(bgtm_config INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wconversion -Wno-sign-conversion -Wformat=2 -Wimplicit-fallthrough>
    $<$<BOOL:${BGTM_WERROR}>:-Werror>)
target_compile_definitions(bgtm_config INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER QT_NO_FOREACH QT_NO_KEYWORDS QT_STRICT_ITERATORS
    BGTM_VERSION="${PROJECT_VERSION}")
# Hardening for every build; release builds additionally get _FORTIFY_SOURCE (needs optimisation).
target_compile_options(bgtm_config INTERFACE -fstack-protector-strong)
target_compile_definitions(bgtm_config INTERFACE $<$<CONFIG:Release,RelWithDebInfo>:_FORTIFY_SOURCE=2>)
# Full RELRO (-z now): the GOT is read-only once the program runs, so a memory bug cannot redirect a library call.
# Its start-up cost is not measurable here (issue 11): the Qt and system libraries are already linked with -z now.
target_link_options(bgtm_config INTERFACE $<$<CXX_COMPILER_ID:GNU,Clang>:LINKER:-z,relro,-z,now>)

# The sources that read a test-only BGTM_TEST_* switch (kill points, the keychain wait, the hardening report) are
# compiled with BGTM_TEST_HOOKS when the option of that name is on; without it they read none (release, packages).
# Only they get the macro: nothing else differs between a build with and without the hooks.
function(bgtm_test_hook_sources)
    if(BGTM_TEST_HOOKS)
        set_property(SOURCE ${ARGN} APPEND PROPERTY COMPILE_DEFINITIONS BGTM_TEST_HOOKS)
    endif()
endfunction()
