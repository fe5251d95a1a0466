@NullMarked
package com.euraflow.app.docs;

import org.jspecify.annotations.NullMarked;
