/****************************************************************************
 *
 * pfrdrivr.h
 *
 *   High-level Type PFR driver interface (specification).
 *
 * Copyright (C) 2002-2022 by
 * David Turner, Robert Wilhelm, and Werner Lemberg.
 *
 * This file is part of the FreeType project, and may only be used,
 * modified, and distributed under the terms of the FreeType project
 * license, LICENSE.TXT.  By continuing to use, modify, or distribute
 * this file you indicate that you have read the license and
 * understand and accept it fully.
 *
 */


#ifndef PFRDRIVR_H_
#define PFRDRIVR_H_


#include <freetype/internal/ftdrv.h>


FT_BEGIN_HEADER

  FT_EXPORT_VAR( const FT_Driver_ClassRec )  pfr_driver_class;

FT_END_HEADER


#endif /* PFRDRIVR_H_ */


/* END */
