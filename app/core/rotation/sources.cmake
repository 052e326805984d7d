# rotation. Sources of bgtm_core in this folder.
target_sources(bgtm_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RotationPlan.cpp ${CMAKE_CURRENT_LIST_DIR}/RotationPlan.h
    ${CMAKE_CURRENT_LIST_DIR}/TokenRotation.cpp ${CMAKE_CURRENT_LIST_DIR}/TokenRotation.h)
