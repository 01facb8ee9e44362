# What lupdate reads and how: shared by the weir_lupdate target (app/weir) and the test that
# checks the .ts files are current (tests/translations). The designer, its widgets and the
# registry's texts; no line numbers, so an edit elsewhere in a source file changes nothing.
file(GLOB WEIR_TS_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/weir_*.ts)
set(WEIR_LUPDATE_INPUTS app/weir widgets translations/nodecatalog_strings.cpp)
set(WEIR_LUPDATE_OPTIONS -silent -locations none -no-obsolete -no-ui-lines -extensions cpp,h)
