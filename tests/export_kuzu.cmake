# The Kùzu scale-out check: export/verify_kuzu.js ingests samples/, exports the neo4j-admin CSV,
# loads it into Kùzu with export/README.md's statements and compares kg's and Kùzu's answers to
# the sample questions. It needs `node` and the kuzu module bench/ installs (npm ci in bench/);
# without them it prints the reason and exits 77, which ctest reports as skipped.
add_test(NAME export_kuzu
  COMMAND sh ${PROJECT_SOURCE_DIR}/export/verify_kuzu.sh $<TARGET_FILE:kg> ${PROJECT_SOURCE_DIR})
set_tests_properties(export_kuzu PROPERTIES
  SKIP_RETURN_CODE 77
  TIMEOUT 300
  ENVIRONMENT "KG_LEXICON_DIR=${PROJECT_SOURCE_DIR}/ingest/lexicon")
