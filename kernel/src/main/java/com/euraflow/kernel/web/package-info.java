@NullMarked
package com.euraflow.kernel.web;

import org.jspecify.annotations.NullMarked;
