"""The article list, the article form and the editor controller that saves it."""
