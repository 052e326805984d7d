# Install rules for desktop integration, and CPack for a Debian package.
include(GNUInstallDirs)

set(BGTM_APP_ID "io.github.bitgo_token_manager.TokenManager")
set(_pkg ${PROJECT_SOURCE_DIR}/packaging)

install(FILES ${_pkg}/linux/${BGTM_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_pkg}/linux/${BGTM_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_pkg}/icons/${BGTM_APP_ID}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256)
    install(FILES ${_pkg}/icons/hicolor/${size}x${size}/${BGTM_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${_pkg}/man/bitgo-token-manager.1 ${_pkg}/man/bitgo-token-manager-cli.1 ${_pkg}/man/bitgo-sandbox.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${_pkg}/completion/bitgo-token-manager-cli.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME bitgo-token-manager-cli)
install(FILES ${_pkg}/completion/_bitgo-token-manager-cli DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)

set(CPACK_PACKAGE_NAME "bitgo-token-manager")
set(CPACK_PACKAGE_VENDOR "BitGo Token Manager developers")
set(CPACK_PACKAGE_CONTACT "BitGo Token Manager developers <security@bitgo-token-manager.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dlopen()ed at run time, so the shlibdeps scan cannot see them: QtKeychain loads libsecret, icons need the SVG plugin.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6, qt6-qpa-plugins")
# Qt's own strings (standard buttons, file dialogs) in the user's language; the app's are built in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
# A package never carries the test-only switches (kill points and the other BGTM_TEST_* variables): cpack refuses a
# build configured with them (the release preset has them off). scripts/package-test.sh checks the installed files.
set(CPACK_BGTM_TEST_HOOKS ${BGTM_TEST_HOOKS})
set(CPACK_PRE_BUILD_SCRIPTS ${_pkg}/NoTestHooks.cmake)
include(CPack)
