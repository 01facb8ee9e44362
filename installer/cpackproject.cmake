# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "DEB")
    # A Debian package installs into /usr, whatever CMAKE_INSTALL_PREFIX the build used.
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()
