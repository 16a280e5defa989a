# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the generated systemd units with `systemd-analyze verify` (system and user manager).
# The units name the packaged binary; the copies checked here point at the built one, since
# verify insists that ExecStart exists. Man pages are not installed in the build tree.
set(work ${UNIT_DIR}/verify)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work}/system ${work}/user ${work}/runtime)
file(CHMOD ${work}/runtime DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
foreach(kind system user)
    file(READ ${UNIT_DIR}/${kind}/remixcrm.service unit)
    string(REPLACE "${PACKAGED_BINARY}" "${BINARY}" unit "${unit}")
    file(WRITE ${work}/${kind}/remixcrm.service "${unit}")
endforeach()

execute_process(COMMAND ${SYSTEMD_ANALYZE} --man=no verify ${work}/system/remixcrm.service
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0 OR out MATCHES "[A-Za-z]")
    message(FATAL_ERROR "system unit (rc ${rc}): ${out}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env XDG_RUNTIME_DIR=${work}/runtime
        ${SYSTEMD_ANALYZE} --man=no --user verify ${work}/user/remixcrm.service
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0 OR out MATCHES "[A-Za-z]")
    message(FATAL_ERROR "user unit (rc ${rc}): ${out}")
endif()
message(STATUS "systemd units verified")
