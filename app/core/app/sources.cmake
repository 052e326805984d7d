# Included from app/core/vault/sources.cmake (app/core/CMakeLists.txt is not ours to edit).
target_sources(bgtm_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/KillPoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkerThreads.h ${CMAKE_CURRENT_LIST_DIR}/WorkerThreads.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProcessHardening.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SingleInstance.cpp)
