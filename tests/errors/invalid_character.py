price = 3€
