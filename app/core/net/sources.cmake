target_sources(bgtm_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BitGoClient.h ${CMAKE_CURRENT_LIST_DIR}/BitGoClient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CallJob.h ${CMAKE_CURRENT_LIST_DIR}/CallJob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HttpReply.h ${CMAKE_CURRENT_LIST_DIR}/RequestSpec.h
    ${CMAKE_CURRENT_LIST_DIR}/LoopbackProxyFactory.h ${CMAKE_CURRENT_LIST_DIR}/LoopbackProxyFactory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReplyMappers.h ${CMAKE_CURRENT_LIST_DIR}/ReplyMappers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RequestJob.h ${CMAKE_CURRENT_LIST_DIR}/RequestJob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TokenListReader.h ${CMAKE_CURRENT_LIST_DIR}/TokenListReader.cpp)
