# CPack: a Debian package and a tarball of the same install tree.
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_NAME weir)
set(CPACK_PACKAGE_VENDOR "Weir")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "design, run and watch real-time data pipelines")
set(CPACK_PACKAGE_CONTACT "Weir maintainers <weir@example.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/weir/weir")
# The binaries carry debug info in RelWithDebInfo builds; the package does not need it.
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")
# Per-generator settings (the DEB's /usr prefix) live in the project config file.
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/cpackproject.cmake)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
# The long description; cpack indents it and turns the empty line into " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Weir is a desktop designer and a headless runner for streaming pipelines:
Kafka or generated sources, JSON parsing, watermarks, tumbling, sliding and
session windows, and SQLite, file or Kafka sinks, with exactly-once restarts
from checkpoints and Prometheus metrics.

The package holds the designer (weir), the headless runner (weir-run), the
sandbox Kafka broker (weir-broker), example pipelines and a Grafana dashboard.")
# Runtime dependencies come from dpkg-shlibdeps reading the binaries' NEEDED entries.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see: libraries Qt loads as plugins at run time.
# - libqt6svg6: weir draws every icon through QIcon(":/icons/*.svg"), which Qt loads with
#   the SVG icon-engine plugin (plugins/iconengines/libqsvgicon.so, in libqt6svg6). weir
#   does not link libQt6Svg itself, so shlibdeps does not list it.
# The xcb and offscreen platform plugins ship in libqt6gui6 on Debian 12, which shlibdeps
# finds through libQt6Gui.so.6, so qt6-qpa-plugins (vnc, eglfs) is not needed. A native
# Wayland session needs qt6-wayland; without it Qt runs through XWayland: a recommendation.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# Qt's own texts (dialog buttons, key names) in the five languages Weir is translated into;
# without it those few stay English. The CJK fonts are large and most desktops that read
# Japanese or Chinese have them already.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-cjk")

include(CPack)
