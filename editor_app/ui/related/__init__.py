"""The related-items picker."""
