# The widgets layer. One class per file; forms next to their classes.
target_sources(bgtm_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MessageBox.h ${CMAKE_CURRENT_LIST_DIR}/MessageBox.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SignInDialog.h ${CMAKE_CURRENT_LIST_DIR}/SignInDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SignInDialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/PreferencesDialog.h ${CMAKE_CURRENT_LIST_DIR}/PreferencesDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PreferencesDialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/UnlockDialog.h ${CMAKE_CURRENT_LIST_DIR}/UnlockDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UnlockDialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/ImportTokenDialog.h ${CMAKE_CURRENT_LIST_DIR}/ImportTokenDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImportTokenDialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/ExportFileDialog.h ${CMAKE_CURRENT_LIST_DIR}/ExportFileDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScreenLockWatcher.h ${CMAKE_CURRENT_LIST_DIR}/ScreenLockWatcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AfterFirstPaint.h ${CMAKE_CURRENT_LIST_DIR}/AfterFirstPaint.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FirstPaintProbe.h
    ${CMAKE_CURRENT_LIST_DIR}/KeychainWait.h ${CMAKE_CURRENT_LIST_DIR}/KeychainWait.cpp
    ${CMAKE_CURRENT_LIST_DIR}/KeychainBanner.h ${CMAKE_CURRENT_LIST_DIR}/KeychainBanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TokenProxyModel.h ${CMAKE_CURRENT_LIST_DIR}/TokenProxyModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MainWindow.h ${CMAKE_CURRENT_LIST_DIR}/MainWindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MainWindow.ui)

# SVG icons (scale to any DPI), compiled into the library.
file(GLOB _bgtm_icons ${PROJECT_SOURCE_DIR}/resources/icons/*.svg)
qt_add_resources(bgtm_ui "bgtm_icons" PREFIX "/" BASE ${PROJECT_SOURCE_DIR}/resources
    FILES ${_bgtm_icons})

# The window icon is the packaged app icon itself (packaging/icons), not a copy.
set(_bgtm_app_icon ${PROJECT_SOURCE_DIR}/packaging/icons/io.github.bitgo_token_manager.TokenManager.svg)
set_source_files_properties(${_bgtm_app_icon} PROPERTIES QT_RESOURCE_ALIAS icons/app.svg)
qt_add_resources(bgtm_ui "bgtm_app_icon" PREFIX "/" FILES ${_bgtm_app_icon})

# Help ▸ About. Qt Keychain has no usable version macro (0.13's QTKEYCHAIN_VERSION says 0.1.0): take CMake's.
target_sources(bgtm_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.h ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.ui)
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/AboutDialog.cpp PROPERTIES
    COMPILE_DEFINITIONS "BGTM_QTKEYCHAIN_VERSION=\"${Qt6Keychain_VERSION}\"")
