/** Levers for tests and load tests: clock, postings, faults, call counts and recorded requests. */
@NullMarked
package com.euraflow.sandbox.control;

import org.jspecify.annotations.NullMarked;
