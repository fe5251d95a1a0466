/** Test support for modules whose jobs run on this engine. */
@NullMarked
package com.euraflow.jobs.testhelper;

import org.jspecify.annotations.NullMarked;
