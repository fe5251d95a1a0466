@NullMarked
package com.euraflow.app.startup;

import org.jspecify.annotations.NullMarked;
