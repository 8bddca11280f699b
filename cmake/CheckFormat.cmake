# Fails when a C++ file of the project is not formatted as .clang-format says.
# Run by the test `lint_format`: cmake -DCLANG_FORMAT=... -DSOURCE_DIR=... -P CheckFormat.cmake
file(GLOB_RECURSE files LIST_DIRECTORIES false
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/bench/*.cpp" "${SOURCE_DIR}/bench/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
list(FILTER files EXCLUDE REGEX "/node_modules/")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror --ferror-limit=3 ${files}
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message("${errors}")
    message(FATAL_ERROR "C++ files are not formatted: run  clang-format-16 -i FILE...  on them")
endif()
list(LENGTH files count)
message(STATUS "${count} C++ files formatted as .clang-format says")
