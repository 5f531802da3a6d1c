# Lints one corpus article with the real binary and compares the JSON report with the
# checked-in NAME.expected.json. With MEDLINT_UPDATE_GOLDEN=1 it rewrites the expected file.
# Optional NAME.args holds extra command-line arguments, one per line.
get_filename_component(case_dir "${INPUT}" DIRECTORY)
get_filename_component(file_name "${INPUT}" NAME)
string(REGEX REPLACE "\\.[^.]+$" "" stem "${file_name}")
set(expected "${case_dir}/${stem}.expected.json")
set(args_file "${case_dir}/${stem}.args")
set(extra_args "")
if(EXISTS "${args_file}")
  file(STRINGS "${args_file}" extra_args)
endif()

set(ENV{MEDLINT_TEST} 1)
execute_process(
  COMMAND "${MEDLINT}" check --format json --fail-on never --no-config ${extra_args} "${file_name}"
  WORKING_DIRECTORY "${case_dir}"
  OUTPUT_VARIABLE actual
  ERROR_VARIABLE errors
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "medlint exited with ${status} on ${INPUT}:\n${errors}")
endif()

if("$ENV{MEDLINT_UPDATE_GOLDEN}" STREQUAL "1")
  file(WRITE "${expected}" "${actual}")
  message(STATUS "updated ${expected}")
  return()
endif()
if(NOT EXISTS "${expected}")
  message(FATAL_ERROR "no expected report for ${INPUT}: create ${expected} (MEDLINT_UPDATE_GOLDEN=1 ctest -R corpus/)")
endif()
file(READ "${expected}" wanted)
if(NOT actual STREQUAL wanted)
  string(RANDOM LENGTH 8 tag)
  set(actual_file "${CMAKE_CURRENT_BINARY_DIR}/golden-actual-${tag}.json")
  file(WRITE "${actual_file}" "${actual}")
  execute_process(COMMAND diff -u "${expected}" "${actual_file}" OUTPUT_VARIABLE difference)
  file(REMOVE "${actual_file}")
  message(FATAL_ERROR "report differs from ${expected}\n"
    "---------------------------------------------------------------- diff (expected → actual)\n"
    "${difference}"
    "----------------------------------------------------------------\n"
    "If the change is intended: cmake --build build --target update-golden, then review git diff corpus/")
endif()
