# SPDX-License-Identifier: GPL-3.0-or-later
# Two optional instrumented builds, each in a build folder of its own:
#   -DREMIXCRM_SANITIZE=address,undefined  every target (core, UI, app, tests) under ASan+UBSan
#   -DREMIXCRM_FUZZ=ON                     the libFuzzer targets of tests/fuzz (clang only)
# Any sanitizer report aborts the process, so a test or a fuzz run that triggers one fails.
set(REMIXCRM_SANITIZE "" CACHE STRING
    "Comma-separated sanitizers for every target, e.g. address,undefined (empty: none)")
option(REMIXCRM_FUZZ "Build the libFuzzer targets (build-fuzz/bin/fuzz_<name>); needs clang" OFF)

if(REMIXCRM_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "REMIXCRM_FUZZ needs clang (libFuzzer): "
                            "configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    if(REMIXCRM_SANITIZE STREQUAL "")
        set(REMIXCRM_SANITIZE address,undefined)
    endif()
    # Coverage feedback for the core's code; the fuzz targets themselves link libFuzzer's main.
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(NOT REMIXCRM_SANITIZE STREQUAL "")
    add_compile_options(-fsanitize=${REMIXCRM_SANITIZE} -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${REMIXCRM_SANITIZE})
endif()
