# gannet_add_module(NAME storage SOURCES a.cc b.cc DEPS gannet::records PUBLIC_DEPS ...)
# One static library per module: gannet_<name>, alias gannet::<name>. Public headers
# live in include/gannet/<name>/; src/<name> is private to the module.
function(gannet_add_module)
  cmake_parse_arguments(M "" "NAME;SRCDIR" "SOURCES;DEPS;PUBLIC_DEPS" ${ARGN})
  set(target gannet_${M_NAME})
  add_library(${target} STATIC ${M_SOURCES})
  add_library(gannet::${M_NAME} ALIAS ${target})
  target_include_directories(${target}
    PUBLIC ${PROJECT_SOURCE_DIR}/include
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(${target} PUBLIC ${M_PUBLIC_DEPS} PRIVATE ${M_DEPS})
endfunction()

# gannet_add_test(NAME storage SOURCES a_test.cc DEPS gannet::storage LABELS unit)
# One GoogleTest binary per module: gannet_<name>_tests, discovered by ctest.
function(gannet_add_test)
  cmake_parse_arguments(T "" "NAME" "SOURCES;DEPS;LABELS" ${ARGN})
  set(target gannet_${T_NAME}_tests)
  add_executable(${target} ${T_SOURCES})
  target_link_libraries(${target} PRIVATE ${T_DEPS} GTest::gtest GTest::gmock GTest::gtest_main)
  target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  if(NOT T_LABELS)
    set(T_LABELS unit)
  endif()
  gtest_discover_tests(${target}
    PROPERTIES LABELS "${T_LABELS}"
    DISCOVERY_TIMEOUT 60
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endfunction()

include(GoogleTest)
