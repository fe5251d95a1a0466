@NullMarked
package com.euraflow.kernel.auth;

import org.jspecify.annotations.NullMarked;
