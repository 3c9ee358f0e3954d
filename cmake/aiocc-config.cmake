# CMake package for using aiocc as a code-generation step:
#
#   find_package(aiocc REQUIRED)           # after `cmake --install` of aiocc, or with aiocc_DIR
#   aiocc_add_executable(my_tool script.py)
#
# The script is translated with `aiocc emit` at build time (re-run when it changes) and compiled
# with the project's C++ compiler against aiocc's runtime library.
get_filename_component(_aiocc_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
find_program(AIOCC_EXECUTABLE aiocc HINTS "${_aiocc_prefix}/bin" REQUIRED)
find_library(AIOCC_RUNTIME_LIBRARY libaiocc_rt.a HINTS "${_aiocc_prefix}/lib/aiocc" REQUIRED)
find_path(AIOCC_INCLUDE_DIR aiocc/aiocc.h HINTS "${_aiocc_prefix}/include" REQUIRED)

function(aiocc_add_executable target script)
  get_filename_component(_abs "${script}" ABSOLUTE)
  set(_cpp "${CMAKE_CURRENT_BINARY_DIR}/${target}.aiocc.cpp")
  # The depfile lists the modules the script imports: editing one translates again.
  add_custom_command(OUTPUT "${_cpp}"
    COMMAND "${AIOCC_EXECUTABLE}" emit "${_abs}" -o "${_cpp}" --depfile "${_cpp}.d"
    DEPENDS "${_abs}"
    DEPFILE "${_cpp}.d"
    COMMENT "aiocc: translating ${script}"
    VERBATIM)
  add_executable(${target} "${_cpp}")
  target_compile_features(${target} PRIVATE cxx_std_20)
  # CPython rounds every float operation: never fuse a*b + c, whatever -march the build uses.
  target_compile_options(${target} PRIVATE -ffp-contract=off)
  target_include_directories(${target} PRIVATE "${AIOCC_INCLUDE_DIR}")
  # As `aiocc build` links: only the libraries the program refers to, the C++ library inside it.
  target_link_options(${target} PRIVATE -static-libstdc++ -static-libgcc LINKER:--as-needed)
  target_link_libraries(${target} PRIVATE "${AIOCC_RUNTIME_LIBRARY}" gmp unistring crypto pcre2-8)
endfunction()
