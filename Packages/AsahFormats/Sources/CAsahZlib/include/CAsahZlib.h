#ifndef CASAHZLIB_H
#define CASAHZLIB_H
#include <zlib.h>

/// inflateInit2 for a raw deflate stream (as in a zip entry); a function, since Swift cannot call
/// zlib's macro.
int asah_inflate_init_raw(z_stream *stream);

#endif
