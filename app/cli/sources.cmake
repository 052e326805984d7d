target_sources(bitgo-token-manager-cli PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ExitCodes.h
    ${CMAKE_CURRENT_LIST_DIR}/Invocation.h
    ${CMAKE_CURRENT_LIST_DIR}/CommandLine.h ${CMAKE_CURRENT_LIST_DIR}/CommandLine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Prompt.h ${CMAKE_CURRENT_LIST_DIR}/Prompt.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EnvironmentSecret.h ${CMAKE_CURRENT_LIST_DIR}/EnvironmentSecret.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Output.h ${CMAKE_CURRENT_LIST_DIR}/Output.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Commands.h ${CMAKE_CURRENT_LIST_DIR}/Commands.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RotateCommand.h ${CMAKE_CURRENT_LIST_DIR}/RotateCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CommandsHistory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReviewReport.h ${CMAKE_CURRENT_LIST_DIR}/ReviewReport.cpp)
