target_sources(bgtm_test_support PRIVATE ${CMAKE_CURRENT_LIST_DIR}/bgtm_test_support_anchor.cpp)
