# libFuzzer targets (tests/fuzz/*.cc), built only with -DKG_BUILD_FUZZERS=ON and clang; the whole
# tree is then compiled with -fsanitize=fuzzer-no-link,address,undefined (tests/fuzz/run.sh sets
# this up in build-fuzz/). Their corpora (tests/fuzz/corpus/<target>/) are replayed by the normal
# test suite (reliability_fuzz_replay_test), so every crash a fuzzer found stays a regression test.
if(KG_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "KG_BUILD_FUZZERS needs clang: -DCMAKE_CXX_COMPILER=clang++-14")
  endif()
  foreach(target fuzz_cypher fuzz_text fuzz_export)
    add_executable(${target} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/${target}.cc)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer)
    target_link_options(${target} PRIVATE -fsanitize=fuzzer)
    target_link_libraries(${target} PRIVATE kg_ingest kg_query kg_export kg_graph)
  endforeach()
  target_link_libraries(fuzz_export PRIVATE PkgConfig::LIBXML2)
endif()

# The replay test parses GraphML with libxml2 as fuzz_export does.
if(TARGET reliability_fuzz_replay_test)
  target_link_libraries(reliability_fuzz_replay_test PRIVATE PkgConfig::LIBXML2)
endif()
