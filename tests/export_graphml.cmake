# The GraphML round-trip test reads the file back with Boost's read_graphml, which lives in
# the compiled part of Boost.Graph (libboost-graph).
if(TARGET export_graphml_test)
  find_package(Boost 1.74 REQUIRED COMPONENTS graph)
  target_link_libraries(export_graphml_test PRIVATE Boost::graph)
endif()
