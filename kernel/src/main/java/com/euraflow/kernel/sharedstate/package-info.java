@NullMarked
package com.euraflow.kernel.sharedstate;

import org.jspecify.annotations.NullMarked;
