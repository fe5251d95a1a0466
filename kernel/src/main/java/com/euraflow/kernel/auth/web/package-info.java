@NullMarked
package com.euraflow.kernel.auth.web;

import org.jspecify.annotations.NullMarked;
