# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with cpack in the build tree, checks its control data and file
# list, unpacks it into a throw-away root with `dpkg -x` and runs the unpacked binary.
set(work ${BUILD_DIR}/package-test)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work})

function(run)
    execute_process(COMMAND ${ARGV} WORKING_DIRECTORY ${work}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${ARGV} failed (${rc}):\n${out}\n${err}")
    endif()
    set(out "${out}" PARENT_SCOPE)
endfunction()

function(expect text pattern what)
    if(NOT text MATCHES "${pattern}")
        message(FATAL_ERROR "${what}: no match for '${pattern}' in:\n${text}")
    endif()
endfunction()

run(${CPACK} -G DEB --config ${BUILD_DIR}/CPackConfig.cmake -B ${work})
file(GLOB debs ${work}/remixcrm_${VERSION}_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one remixcrm_${VERSION}_<arch>.deb, found: ${debs}")
endif()

run(dpkg-deb -I ${debs})
set(info "${out}")
expect("${info}" "Package: remixcrm\n" "control")
expect("${info}" "Version: ${VERSION}\n" "control")
expect("${info}" "Section: misc" "control")
# shlibdeps computed these from the binary; none of them is named in CMakeLists.txt.
expect("${info}" "Depends:[^\n]*libqt6core6[^\n]*\\(>= 6" "computed dependency on Qt Core")
expect("${info}" "Depends:[^\n]*libqt6httpserver6" "computed dependency on Qt HttpServer")
expect("${info}" "Depends:[^\n]*libc6 \\(>= " "computed dependency on libc")
expect("${info}" "Depends:[^\n]*libssl3" "computed dependency on OpenSSL")
expect("${info}" "Depends:[^\n]*libqt6sql6-sqlite" "run-time plugin dependency")
expect("${info}" " postinst +#!/bin/sh" "maintainer scripts")

run(dpkg-deb -c ${debs})
set(files "${out}")
foreach(path
        "./usr/bin/remixcrm"
        "./usr/share/applications/${APP_ID}.desktop"
        "./usr/share/metainfo/${APP_ID}.metainfo.xml"
        "./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg"
        "./usr/share/icons/hicolor/16x16/apps/${APP_ID}.png"
        "./usr/share/icons/hicolor/32x32/apps/${APP_ID}.png"
        "./usr/share/icons/hicolor/48x48/apps/${APP_ID}.png"
        "./usr/share/icons/hicolor/128x128/apps/${APP_ID}.png"
        "./usr/share/icons/hicolor/256x256/apps/${APP_ID}.png"
        "./usr/share/icons/hicolor/512x512/apps/${APP_ID}.png"
        "./usr/share/man/man1/remixcrm.1.gz"
        "./lib/systemd/system/remixcrm.service"
        "./usr/lib/systemd/user/remixcrm.service"
        "./usr/share/doc/remixcrm/copyright"
        "./usr/share/doc/remixcrm/API.md"
        "./usr/share/doc/remixcrm/CHANGELOG.md")
    string(REPLACE "." "\\." pattern "${path}")
    expect("${files}" " ${pattern}\n" "package contents")
endforeach()
expect("${files}" "-rwxr-xr-x root/root[^\n]* \\./usr/bin/remixcrm\n" "binary mode and owner")

set(root ${work}/root)
run(dpkg -x ${debs} ${root})
run(${root}/usr/bin/remixcrm --version)
expect("${out}" "^remixcrm ${VERSION}\n$" "unpacked binary's --version")

find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
    run(${APPSTREAMCLI} validate --no-net ${root}/usr/share/metainfo/${APP_ID}.metainfo.xml)
endif()
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
    run(${DESKTOP_FILE_VALIDATE} ${root}/usr/share/applications/${APP_ID}.desktop)
endif()
run(file ${root}/usr/share/icons/hicolor/512x512/apps/${APP_ID}.png)
expect("${out}" "PNG image data, 512 x 512" "rendered icon")
run(gzip -dc ${root}/usr/share/man/man1/remixcrm.1.gz)
expect("${out}" "\\.TH REMIXCRM 1 [^\n]*RemixCRM ${VERSION}" "man page")
message(STATUS "package ${debs} verified")
