# Settings every target shares. Linked PRIVATE everywhere so they never leak into
# consumers' interfaces.
add_library(enms_build_options INTERFACE)
target_compile_features(enms_build_options INTERFACE cxx_std_20)
target_compile_definitions(enms_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII                     # string literals say what they are
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)    # Debian 12 ships Qt 6.4
target_compile_options(enms_build_options INTERFACE -Wall -Wextra -Wno-unused-parameter)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()
