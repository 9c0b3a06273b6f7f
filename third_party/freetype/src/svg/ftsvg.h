/****************************************************************************
 *
 * ftsvg.h
 *
 *   The FreeType SVG renderer interface (specification).
 *
 * Copyright (C) 2022 by
 * David Turner, Robert Wilhelm, Werner Lemberg, and Moazin Khatti.
 *
 * This file is part of the FreeType project, and may only be used,
 * modified, and distributed under the terms of the FreeType project
 * license, LICENSE.TXT.  By continuing to use, modify, or distribute
 * this file you indicate that you have read the license and
 * understand and accept it fully.
 *
 */

#ifndef FTSVG_H_
#define FTSVG_H_

#include <ft2build.h>
#include <freetype/ftrender.h>
#include <freetype/internal/ftobjs.h>


FT_BEGIN_HEADER

  FT_DECLARE_RENDERER( ft_svg_renderer_class )

FT_END_HEADER

#endif /* FTSVG_H_ */


/* END */
