// The e2e page: the double first, then the real task pane.
import "./install-double";
import "../../src/taskpane/index";
