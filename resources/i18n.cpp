// Intentionally empty: the library's content is the compiled translations (":/i18n/qad_<language>.qm") that
// Qt's CMake adds as resources; a static library needs one source to exist.
