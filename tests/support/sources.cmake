target_sources(bgtm_test_support PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RawHttp.h ${CMAKE_CURRENT_LIST_DIR}/RawHttp.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TestCertificateAuthority.h ${CMAKE_CURRENT_LIST_DIR}/TestCertificateAuthority.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SandboxProcess.h ${CMAKE_CURRENT_LIST_DIR}/SandboxProcess.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TestKeyring.h ${CMAKE_CURRENT_LIST_DIR}/TestKeyring.cpp)
