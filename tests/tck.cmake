# The openCypher TCK runner (tests/tck/): a small program that runs the vendored Gherkin scenarios
# through kg::runQuery, and one ctest test that fails when a scenario of the allow-list regresses.
add_library(kg_tck STATIC
  ${CMAKE_CURRENT_SOURCE_DIR}/tck/gherkin.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/tck/tck_value.cc)
target_link_libraries(kg_tck PUBLIC kg_graph)

add_executable(tck_runner ${CMAKE_CURRENT_SOURCE_DIR}/tck/tck_runner.cc)
target_link_libraries(tck_runner PRIVATE kg_tck kg_query kg_graph)

# The parser's unit test (tests/query_tck_parser_test.cc) also needs the runner's library.
if(TARGET query_tck_parser_test)
  target_link_libraries(query_tck_parser_test PRIVATE kg_tck)
endif()

add_test(NAME tck_allow_list
  COMMAND tck_runner --allow-list ${CMAKE_CURRENT_SOURCE_DIR}/tck/allow-list.txt
          ${CMAKE_CURRENT_SOURCE_DIR}/tck/features)
set_tests_properties(tck_allow_list PROPERTIES TIMEOUT 600)
