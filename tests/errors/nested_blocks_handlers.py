# An except handler holds two blocks: ten handlers nested in handlers leave no room for an eleventh try.
class E(Exception):
    pass
try:
  pass
except E as e:
  try:
    pass
  except E as e:
    try:
      pass
    except E as e:
      try:
        pass
      except E as e:
        try:
          pass
        except E as e:
          try:
            pass
          except E as e:
            try:
              pass
            except E as e:
              try:
                pass
              except E as e:
                try:
                  pass
                except E as e:
                  try:
                    pass
                  except E as e:
                    try:
                      pass
                    except E as e:
                      pass
