"""x"""
TRANSLATIONS: dict = {}
CONTEXT_TRANSLATIONS: dict = {}
